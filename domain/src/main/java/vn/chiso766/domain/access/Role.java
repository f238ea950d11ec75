package vn.chiso766.domain.access;

/** What a signed-in person does; every role comes with a scope, a unit of the tree. */
public enum Role {
    /** Users, units and settings; reads everything. */
    ADMIN,
    /** District or province leader: reads everything under the scope. */
    LEADER,
    /** The office that collects reports: reads, enters, imports, edits and approves under the scope. */
    OFFICER,
    /** A ward's chair: the ward's own reports, and the approved results of the wards beside it. */
    WARD_CHAIR
}
