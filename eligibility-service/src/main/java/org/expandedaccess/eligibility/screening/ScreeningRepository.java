package org.expandedaccess.eligibility.screening;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {
}
