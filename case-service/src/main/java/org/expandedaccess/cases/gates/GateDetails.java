package org.expandedaccess.cases.gates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.platform.identifiers.Identifiers;
import org.expandedaccess.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is recorded for each gate; {@link #problems(boolean, LocalDate)} lists what is missing or wrong. */
public sealed interface GateDetails {

    /** Field errors for this record; {@code emergency} says whether the case is an emergency. */
    List<FieldError> problems(boolean emergency, LocalDate today);

    @Schema(name = "LoaGate", description = "Letter of authorization issued by the sponsor.")
    record Loa(@Schema(example = "EA-LOA-0042") String reference, LocalDate issuedOn) implements GateDetails {
        @Override
        public List<FieldError> problems(boolean emergency, LocalDate today) {
            List<FieldError> e = new ArrayList<>();
            text(e, "reference", reference, 128);
            date(e, "issuedOn", issuedOn, today);
            return e;
        }
    }

    @Schema(name = "FdaGate", description = "How FDA allowed treatment: an IND received by FDA (in effect 30 days after "
            + "receipt), an earlier 'may proceed' notice, or an emergency authorisation by phone.")
    record Fda(@Schema(required = true) FdaRoute route,
               @Schema(description = "Date FDA received the IND (route SUBMITTED)") LocalDate receivedByFdaOn,
               @Schema(description = "Date of FDA's may-proceed notice (route MAY_PROCEED_NOTICE)") LocalDate noticeOn,
               @Schema(description = "Date of the phone authorisation (route EMERGENCY_AUTHORIZATION)") LocalDate authorizedOn,
               @Schema(description = "IND number FDA assigned to the physician", example = "123456") String indNumber)
            implements GateDetails {
        @Override
        public List<FieldError> problems(boolean emergency, LocalDate today) {
            List<FieldError> e = new ArrayList<>();
            if (route == null) {
                e.add(new FieldError("route", "required: SUBMITTED, MAY_PROCEED_NOTICE or EMERGENCY_AUTHORIZATION"));
                return e;
            }
            text(e, "indNumber", indNumber, 20);
            if (indNumber != null && !indNumber.isBlank() && !indNumber.matches("[0-9]{5,7}")) {
                e.add(new FieldError("indNumber", "must be the 5-7 digit IND number FDA assigned"));
            }
            switch (route) {
                case SUBMITTED -> date(e, "receivedByFdaOn", receivedByFdaOn, today);
                case MAY_PROCEED_NOTICE -> {
                    date(e, "noticeOn", noticeOn, today);
                    date(e, "receivedByFdaOn", receivedByFdaOn, today);
                }
                case EMERGENCY_AUTHORIZATION -> {
                    date(e, "authorizedOn", authorizedOn, today);
                    if (!emergency) {
                        e.add(new FieldError("route", "emergency authorisation applies to emergency requests only"));
                    }
                }
            }
            return e;
        }
    }

    enum FdaRoute { SUBMITTED, MAY_PROCEED_NOTICE, EMERGENCY_AUTHORIZATION }

    @Schema(name = "IrbGate", description = "IRB approval by a convened board, chair or designated-member concurrence "
            + "(3926 field 10.b), or for emergency use without prior review the notice obligation (5 working days).")
    record Irb(@Schema(required = true) IrbRoute route, LocalDate approvedOn,
               @Schema(example = "IRB-2026-117") String reference) implements GateDetails {
        @Override
        public List<FieldError> problems(boolean emergency, LocalDate today) {
            List<FieldError> e = new ArrayList<>();
            if (route == null) {
                e.add(new FieldError("route", "required: CONVENED_BOARD, CHAIR_CONCURRENCE or EMERGENCY_USE_NOTICE"));
                return e;
            }
            if (route == IrbRoute.EMERGENCY_USE_NOTICE) {
                if (!emergency) {
                    e.add(new FieldError("route", "emergency use without prior IRB review applies to emergency requests only"));
                }
                return e;
            }
            date(e, "approvedOn", approvedOn, today);
            text(e, "reference", reference, 128);
            return e;
        }
    }

    enum IrbRoute { CONVENED_BOARD, CHAIR_CONCURRENCE, EMERGENCY_USE_NOTICE }

    @Schema(name = "ConsentGate", description = "Informed consent signed (21 CFR 50).")
    record Consent(LocalDate signedOn) implements GateDetails {
        @Override
        public List<FieldError> problems(boolean emergency, LocalDate today) {
            List<FieldError> e = new ArrayList<>();
            date(e, "signedOn", signedOn, today);
            return e;
        }
    }

    @Schema(name = "DeaGate", description = "The physician's DEA Schedule I registration (Form 225) for MDMA and the "
            + "storage site, verified by the sponsor.")
    record Dea(@Schema(example = "RA1234563") String registrationNumber,
               @Schema(description = "Must be true: the registration covers Schedule I") Boolean scheduleI,
               @Schema(example = "Locked safe, room 4B, Bayview Psychiatry") String storageSite,
               LocalDate verifiedOn) implements GateDetails {
        @Override
        public List<FieldError> problems(boolean emergency, LocalDate today) {
            List<FieldError> e = new ArrayList<>();
            text(e, "registrationNumber", registrationNumber, 9);
            if (registrationNumber != null && !registrationNumber.isBlank()
                    && !Identifiers.isValidDeaNumber(registrationNumber)) {
                e.add(new FieldError("registrationNumber", "not a valid DEA registration number (format or check digit)"));
            }
            if (!Boolean.TRUE.equals(scheduleI)) {
                e.add(new FieldError("scheduleI", "must be true: MDMA is Schedule I, 21 CFR 1301.18"));
            }
            text(e, "storageSite", storageSite, 300);
            date(e, "verifiedOn", verifiedOn, today);
            return e;
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    /** The earliest date any gate record can plausibly carry. */
    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** A gate records what already happened: a date from 2000 up to today (in the sponsor's time zone). */
    private static void date(List<FieldError> errors, String field, LocalDate value, LocalDate today) {
        if (value == null) {
            errors.add(new FieldError(field, "required (yyyy-mm-dd)"));
        } else if (value.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future: a gate records what has happened"));
        } else if (value.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "must be on or after " + EARLIEST));
        }
    }
}
