package com.clearance.domain.reporting;

/**
 * Section headings and sentences of the readiness report. {@code scoreLine} uses {percent}; {@code weakest} uses
 * {phase}, {done} and {total}; {@code chartCaption} explains the ticket chart.
 */
public record ReadinessSections(String score, String scoreLine, String weakest, String scoreMethod, String phases,
                                String items, String waivers, String noWaivers, String tickets, String noTickets,
                                String chartCaption, String surprises, String noSurprises) {
}
