package org.spinewise.export.fhir;

import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import tools.jackson.databind.ObjectMapper;

/** What the mapping reads besides the person's records: addresses, questions, exercise names, JSON. */
record Sources(Canonicals canonicals, RuleBook rules, Library library, ObjectMapper json) {}
