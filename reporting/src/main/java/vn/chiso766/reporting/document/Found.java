package vn.chiso766.reporting.document;

/** A value read from a document and the number of the line it came from, so the reader can check it there. */
public record Found<T>(T value, int line) {}
