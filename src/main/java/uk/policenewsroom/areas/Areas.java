package uk.policenewsroom.areas;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Areas extends JpaRepository<Area, Long> {

	Optional<Area> findBySlug(String slug);

	List<Area> findAllByOrderByNameAsc();

}
