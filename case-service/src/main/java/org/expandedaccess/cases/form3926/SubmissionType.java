package org.expandedaccess.cases.form3926;

/** Field 4 of Form FDA 3926 (edition 08/22): which box the physician ticks. */
public enum SubmissionType {
    /** 4.a: an initial submission for an individual patient expanded access IND, emergency use included; fills 1-8, 10, 11. */
    INITIAL,
    /** 4.b: a follow-up submission to the physician's existing IND; fills 1-3, 4.b, 9-11. */
    FOLLOW_UP
}
