package org.expandedaccess.portal.cases;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaseFormsTest {

    @Test
    void aProblemNamedForAnObjectShowsBesideItsFirstInputOnly() {
        CaseForms forms = CaseForms.refused("t-APPROVED", new MultivaluedHashMap<>(),
                Map.of("loa", "the LOA reference and date are required"), "Moving to APPROVED needs the LOA");
        assertEquals("the LOA reference and date are required", forms.error("t-APPROVED", "loa.reference"));
        assertEquals("the LOA reference and date are required", forms.error("t-APPROVED", "loa.reference"),
                "asked again (aria-invalid, the message) it is still there");
        assertNull(forms.error("t-APPROVED", "loa.issuedOn"));
        assertNull(forms.error("t-DECLINED", "reason"), "other forms on the page are untouched");
    }

    @Test
    void whatWasTypedIsShownAgainInTheRefusedFormOnly() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("storageSite", "Locked safe, room 4B");
        CaseForms forms = CaseForms.refused("gate-dea", posted, Map.of("registrationNumber", "check digit"), "refused");
        assertEquals("Locked safe, room 4B", forms.value("gate-dea", "storageSite"));
        assertEquals("", forms.value("gate-fda", "storageSite"));
        assertEquals("check digit", forms.error("gate-dea", "registrationNumber"));
    }
}
