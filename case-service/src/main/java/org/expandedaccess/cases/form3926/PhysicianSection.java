package org.expandedaccess.cases.form3926;

import java.util.ArrayList;
import java.util.List;

import static org.expandedaccess.cases.form3926.Wording.NOT_GIVEN;
import static org.expandedaccess.cases.form3926.Wording.text;

/** Field 1 of Form FDA 3926: the physician's name, institution or practice, address, telephone, fax and e-mail. */
final class PhysicianSection {

    private PhysicianSection() {
    }

    /** Fields 1.a to 1.f, in order. */
    static void addTo(RequestReader r, List<Field> fields) {
        fields.add(text(r, "1.a", "Physician name (sponsor)", "physician.name"));
        fields.add(text(r, "1.b", "Name of institution or clinical practice", "physician.institution"));
        fields.add(address(r));
        fields.add(text(r, "1.d", "Telephone number of physician", "physician.phone"));
        fields.add(text(r, "1.e", "Facsimile (fax) number of physician", "physician.fax",
                "Not given in the request (intake does not ask for a fax number); add one if the physician has it."));
        fields.add(text(r, "1.f", "E-mail address of physician", "physician.email"));
    }

    private static Field address(RequestReader r) {
        String label = "Address (street, no P.O. boxes; city, state, ZIP code)";
        String line1 = r.text("physician.address.line1");
        String line2 = r.text("physician.address.line2");
        String city = r.text("physician.address.city");
        String state = r.text("physician.address.state");
        String zip = r.text("physician.address.postalCode");
        List<String> missing = new ArrayList<>();
        if (line1 == null) {
            missing.add("street");
        }
        if (city == null) {
            missing.add("city");
        }
        if (state == null) {
            missing.add("state");
        }
        if (zip == null) {
            missing.add("ZIP code");
        }
        if (missing.size() == 4 && line2 == null) {
            return Field.unfilled("1.c", label, NOT_GIVEN);
        }
        if (!missing.isEmpty()) {
            return Field.unfilled("1.c", label, "Incomplete in the request (missing: " + String.join(", ", missing) + ").");
        }
        String street = line2 == null ? line1 : line1 + ", " + line2;
        return Field.filled("1.c", label, street + ", " + city + ", " + state + " " + zip,
                "Request: physician.address.");
    }
}
