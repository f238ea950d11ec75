package vn.chiso766.db.criteria;

import java.util.List;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.domain.criteria.CatalogueHistory;

public interface CatalogueRepository extends Repository<CatalogueEntity, Long> {

    List<CatalogueEntity> findAll();

    @Transactional(readOnly = true)
    default CatalogueHistory history() {
        return new CatalogueHistory(
                findAll().stream().map(CatalogueEntity::toDomain).toList());
    }
}
