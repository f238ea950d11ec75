package vn.chiso766.app.unit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.unit.UnitTree;

/**
 * The unit tree, read once and kept: every access check consults it, and it changes only when an administrator
 * edits units (which publishes {@link UnitsChanged}).
 */
// No access rule: an internal cache that the access checks themselves consult; services filter what users see.
@Service
public class UnitDirectory {

    private final UnitRepository units;
    private final TransactionTemplate transactions;
    private volatile @Nullable UnitTree tree;

    UnitDirectory(UnitRepository units, TransactionTemplate transactions) {
        this.units = units;
        this.transactions = transactions;
    }

    public UnitTree tree() {
        UnitTree current = tree;
        if (current == null) {
            current = load();
            tree = current;
        }
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onUnitsChanged(UnitsChanged event) {
        tree = null;
    }

    private UnitTree load() {
        return transactions.execute(status -> UnitTree.of(
                units.findAllWithParents().stream().map(UnitEntity::toDomain).toList()));
    }
}
