package vn.chiso766.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The persistence layer alone, on the embedded MariaDB, for the db module's tests. */
@SpringBootApplication
class DbTestApplication {}
