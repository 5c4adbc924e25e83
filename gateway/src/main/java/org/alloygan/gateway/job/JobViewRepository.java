package org.alloygan.gateway.job;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface JobViewRepository extends JpaRepository<JobView, UUID>, JpaSpecificationExecutor<JobView> {

}
