package org.alloygan.descriptor.alloy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlloyRepository extends JpaRepository<Alloy, Long> {

	Optional<Alloy> findByCanonicalKey(String canonicalKey);

}
