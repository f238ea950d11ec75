package vn.chiso766.app.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new name and validity for an existing unit; its code, kind and parent do not change. */
public record UnitEdit(
        String code,
        String name,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
