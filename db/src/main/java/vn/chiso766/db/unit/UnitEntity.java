package vn.chiso766.db.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

@Entity
@Table(name = "unit")
public class UnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    // Stored as text, not MariaDB's native ENUM, so that adding a kind needs no schema change.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable UnitEntity parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    /** The unit that took this one over in a merge; the old unit and its history stay as they were. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private @Nullable UnitEntity successor;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected UnitEntity() {}

    public UnitEntity(Unit unit, @Nullable UnitEntity parent, boolean demo) {
        this.code = unit.code();
        this.name = unit.name();
        this.kind = unit.kind();
        this.parent = parent;
        this.validFrom = unit.validFrom();
        this.validTo = unit.validTo();
        this.demo = demo;
    }

    public Unit toDomain() {
        return new Unit(code, name, kind, parent == null ? null : parent.getCode(), validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public @Nullable UnitEntity getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public void setValidity(LocalDate validFrom, @Nullable LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public @Nullable UnitEntity getSuccessor() {
        return successor;
    }

    /** Ends this unit the day before its successor starts. */
    public void mergeInto(UnitEntity successor) {
        this.successor = successor;
        this.validTo = successor.validFrom.minusDays(1);
    }

    public boolean isDemo() {
        return demo;
    }
}
