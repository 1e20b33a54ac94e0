package fr.enersolar.crm.application.dashboard;

import java.time.LocalDate;

/**
 * How many leads arrived on one day (days start at midnight in Paris).
 *
 * @param day the calendar day
 * @param count the leads received that day
 */
public record DailyCount(LocalDate day, long count) {}
