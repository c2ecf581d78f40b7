package org.expandedaccess.cases.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded treatment session; {@code details} is the JSON of its {@link RecordedSession}. */
@Entity
@Table(name = "treatment_session")
public class TreatmentSessionRecord {
    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public SessionType type;
    public Integer number;
    @Column(name = "session_date")
    public LocalDate date;
    public String details;
    public String recordedBy;
    public OffsetDateTime recordedAt;
}
