package vn.chiso766.app.api;

class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
