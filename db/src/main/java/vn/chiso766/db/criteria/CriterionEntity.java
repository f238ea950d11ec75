package vn.chiso766.db.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.chiso766.domain.criteria.Criterion;

@Entity
@Table(name = "criterion")
public class CriterionEntity {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_id")
    private CatalogueEntity catalogue;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "max_points", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CriterionEntity() {}

    Criterion toDomain() {
        return new Criterion(code, nameVi, nameEn, maxPoints);
    }
}
