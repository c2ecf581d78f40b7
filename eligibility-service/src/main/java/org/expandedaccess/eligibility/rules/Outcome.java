package org.expandedaccess.eligibility.rules;

/** The result of screening one request. */
public enum Outcome { ELIGIBLE, INELIGIBLE, NEEDS_REVIEW }
