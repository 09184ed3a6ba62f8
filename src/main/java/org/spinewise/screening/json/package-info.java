/**
 * The screening's HTTP face. The request reader is shared with the planner,
 * whose requests embed a screening.
 */
@org.springframework.modulith.NamedInterface("web")
package org.spinewise.screening.web;
