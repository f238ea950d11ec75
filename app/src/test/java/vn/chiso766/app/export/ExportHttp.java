package vn.chiso766.app.export;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Real HTTP requests to the test server: files as bytes, with HTTP Basic for a user (none for "anonymous"), or
 * within a browser-like session signed in through the sign-in form. Redirects are not followed.
 */
final class ExportHttp {

    private final String base;
    private final HttpClient client;

    ExportHttp(int port) {
        this(port, null);
    }

    private ExportHttp(int port, @Nullable CookieManager cookies) {
        this.base = "http://127.0.0.1:" + port;
        HttpClient.Builder builder =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /** A client that keeps cookies, signed in through the UI's sign-in form like a browser. */
    static ExportHttp session(int port, String username, String password) throws IOException, InterruptedException {
        ExportHttp session = new ExportHttp(port, new CookieManager());
        session.client.send(
                HttpRequest.newBuilder(URI.create(session.base + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> signIn = session.client.send(
                HttpRequest.newBuilder(URI.create(session.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (signIn.headers().firstValue("Location").orElse("login").contains("login")) {
            throw new IllegalStateException("Form sign-in of " + username + " failed: " + signIn.statusCode());
        }
        return session;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String role, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (!role.equals("anonymous")) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((role + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A successful request's body; fails with the status and body otherwise. */
    byte[] file(String role, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(role, path);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    path + " → " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    String text(String role, String path) throws IOException, InterruptedException {
        return new String(file(role, path), StandardCharsets.UTF_8);
    }
}
