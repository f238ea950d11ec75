package vn.chiso766.app.criteria;

import org.springframework.stereotype.Service;
import vn.chiso766.db.criteria.CatalogueRepository;
import vn.chiso766.domain.criteria.CatalogueHistory;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;

/**
 * The criterion catalogue from the database. It is reference data changed only by a migration, so it is read
 * once and kept.
 */
// No access rule: the catalogue is public reference data (Decision 766), also read at start-up by the demo loader.
@Service
public class CatalogueService {

    private final CatalogueHistory history;

    CatalogueService(CatalogueRepository repository) {
        this.history = repository.history();
    }

    public CriteriaCatalogue forPeriod(Period period) {
        return history.forPeriod(period);
    }
}
