package org.spinewise.reminders.web;

/** A day's checkbox on the settings page: its API code (MON), its name and whether it is chosen. */
public record ScheduleDay(String code, String name, boolean checked) {}
