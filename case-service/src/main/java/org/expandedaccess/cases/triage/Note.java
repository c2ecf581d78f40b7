package org.expandedaccess.cases.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note on a case by sponsor staff; the physician sees it only when it is marked for them. */
@Entity
@Table(name = "case_note")
public class Note {
    @Id
    public UUID id;
    public UUID caseId;
    public String author;
    public String authorRole;
    public String text;
    public boolean visibleToPhysician;
    public OffsetDateTime createdAt;
}
