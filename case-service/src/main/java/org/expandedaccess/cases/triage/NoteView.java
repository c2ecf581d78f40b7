package org.expandedaccess.cases.triage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Note")
public record NoteView(UUID id, String author, String authorRole, String text, boolean visibleToPhysician,
                       OffsetDateTime createdAt) {
    static NoteView of(Note n) {
        return new NoteView(n.id, n.author, n.authorRole, n.text, n.visibleToPhysician, n.createdAt);
    }
}
