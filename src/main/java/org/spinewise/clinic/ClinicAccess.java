package org.spinewise.clinic;

import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.account.AccountRepository;
import org.spinewise.account.Role;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ForbiddenException;
import org.spinewise.system.Messages;
import org.springframework.stereotype.Service;

/**
 * Who may act for a clinic or administer Spinewise, read from the database on every request: a role
 * granted or removed applies to sessions already open at their next request (clinic-api.md, "Roles take
 * effect at once"). The role check comes before any lookup, so a caller without it learns nothing (403
 * before 404).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClinicAccess {

    private final AccountRepository accounts;
    private final ClinicRepository clinics;

    /** @throws ForbiddenException unless the person holds ADMIN now */
    public void requireAdmin(SignedInPerson person) {
        if (!roles(person).contains(Role.ADMIN)) {
            throw new ForbiddenException(Messages.t("clinic.api.needsAdmin"));
        }
    }

    /** @throws ForbiddenException unless the person is a clinician of a clinic now */
    public Clinician requireClinician(SignedInPerson person) {
        if (!roles(person).contains(Role.CLINICIAN)) {
            throw new ForbiddenException(Messages.t("clinic.api.needsClinician"));
        }
        return clinics.clinicOf(person.accountId())
                .map(clinic -> new Clinician(person.accountId(), person.email(), clinic))
                .orElseThrow(() -> new ForbiddenException(Messages.t("clinic.api.needsClinician")));
    }

    private Set<Role> roles(SignedInPerson person) {
        return accounts.roles(person.accountId());
    }
}
