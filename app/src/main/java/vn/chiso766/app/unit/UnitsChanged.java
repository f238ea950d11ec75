package vn.chiso766.app.unit;

/** Published after units are added, renamed, re-dated or merged, so that cached trees are read again. */
public record UnitsChanged() {}
