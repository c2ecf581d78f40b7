package org.expandedaccess.eligibility.rules;

/** Whether a criterion's condition holds for a request; UNKNOWN when the data needed is missing. */
public enum CriterionStatus { MET, NOT_MET, UNKNOWN }
