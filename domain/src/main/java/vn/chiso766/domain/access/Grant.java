package vn.chiso766.domain.access;

/** A role held over a unit: the unit itself and, for leaders and officers, everything under it. */
public record Grant(Role role, String scopeCode) {}
