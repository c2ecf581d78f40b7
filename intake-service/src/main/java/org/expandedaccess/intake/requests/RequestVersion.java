package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A frozen version of a request: 1 at submission, then one per amendment. Never changed. */
@Entity
@Table(name = "request_version")
@IdClass(RequestVersion.Key.class)
public class RequestVersion extends PanacheEntityBase {

    public enum Kind { SUBMITTED, AMENDED }

    public record Key(UUID requestId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public UUID requestId;
    @Id
    public int version;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String reason;
    public String content;
    public OffsetDateTime createdAt;
    public String createdBy;
}
