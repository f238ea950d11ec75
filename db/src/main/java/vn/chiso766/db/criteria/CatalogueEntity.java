package vn.chiso766.db.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;

/** A revision of the criterion catalogue; reference data seeded by Liquibase, read-only for the application. */
@Entity
@Table(name = "criterion_catalogue")
public class CatalogueEntity {

    @Id
    private Long id;

    @Column(name = "effective_from", nullable = false, length = 7)
    private String effectiveFrom;

    @Column(nullable = false, length = 500)
    private String description;

    @OneToMany(mappedBy = "catalogue", fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<CriterionEntity> criteria = new ArrayList<>();

    protected CatalogueEntity() {}

    public CriteriaCatalogue toDomain() {
        return new CriteriaCatalogue(
                (Period.Month) Period.parse(effectiveFrom),
                criteria.stream().map(CriterionEntity::toDomain).toList());
    }

    public String getDescription() {
        return description;
    }
}
