package vn.chiso766.db.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<UnitEntity, Long> {

    Optional<UnitEntity> findByCode(String code);

    boolean existsByCode(String code);

    List<UnitEntity> findByCodeIn(Collection<String> codes);

    @Query("select u from UnitEntity u left join fetch u.parent p where p.code = :parentCode")
    List<UnitEntity> findChildren(@Param("parentCode") String parentCode);

    @Query("select u from UnitEntity u left join fetch u.parent")
    List<UnitEntity> findAllWithParents();

    /** Every unit with its parent and successor, for the administration's unit tree. */
    @Query("select u from UnitEntity u left join fetch u.parent left join fetch u.successor order by u.code")
    List<UnitEntity> findAllForAdministration();
}
