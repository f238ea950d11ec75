package vn.chiso766.app.security;

/** The JSON body of every refusal and error of the API. */
public record ApiError(int status, String error, String message, String path) {}
