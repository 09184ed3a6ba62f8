package org.spinewise.clinic;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.account.Account;
import org.spinewise.account.AccountRepository;
import org.spinewise.account.EmailAddresses;
import org.spinewise.account.Role;
import org.spinewise.api.ConflictException;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.system.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinics and their clinicians, as an administrator keeps them (clinic-api.md, "Administration"). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Administration {

    private final ClinicRepository clinics;
    private final AccountRepository accounts;
    private final Clock clock;

    /** A clinic with the emails of its clinicians. */
    public record ClinicStaff(Clinic clinic, List<String> clinicians) {}

    /** An account made a clinician: {@code added} is false when it already was one of this clinic. */
    public record Appointment(Account account, UUID clinicId, Set<Role> roles, boolean added) {}

    @Transactional
    public Clinic createClinic(String name) {
        var clinic = new Clinic(UUID.randomUUID(), name.strip());
        clinics.insert(clinic, ClinicTime.now(clock));
        return clinic;
    }

    public List<Clinic> clinics() {
        return clinics.list();
    }

    @Transactional(readOnly = true)
    public List<ClinicStaff> clinicsWithStaff() {
        return clinics.list().stream()
                .map(clinic -> new ClinicStaff(clinic, clinics.clinicianEmails(clinic.id())))
                .toList();
    }

    public Clinic clinic(UUID id) {
        return clinics.find(id).orElseThrow(() -> new ResourceNotFoundException("clinic", id.toString()));
    }

    /**
     * @throws InvalidRequestException   naming {@code email} when it holds invisible or control characters
     * @throws ResourceNotFoundException for an unknown clinic or email
     * @throws ConflictException         when the account is a clinician of another clinic
     */
    @Transactional
    public Appointment appoint(UUID clinicId, String email) {
        EmailAddresses.requireVisible(email, "email");
        Clinic clinic = clinic(clinicId);
        Account account = account(email);
        var current = clinics.clinicOf(account.id());
        if (current.isPresent() && !current.get().id().equals(clinic.id())) {
            throw new ConflictException(Messages.t("clinic.api.clinicianElsewhere"));
        }
        boolean added = current.isEmpty();
        if (added) {
            try {
                clinics.addClinician(clinic.id(), account.id());
            } catch (DuplicateKeyException raced) {
                throw new ConflictException(Messages.t("clinic.api.clinicianRace"));
            }
        }
        accounts.grant(account.id(), Role.CLINICIAN);
        return new Appointment(account, clinic.id(), accounts.roles(account.id()), added);
    }

    /**
     * Ends the account's work for the clinic: it loses CLINICIAN, and with it every clinic request from its
     * next one.
     *
     * @throws InvalidRequestException   naming {@code email} when it holds invisible or control characters
     * @throws ResourceNotFoundException for an unknown clinic, or an email that is not its clinician
     */
    @Transactional
    public void dismiss(UUID clinicId, String email) {
        EmailAddresses.requireVisible(email, "email");
        Clinic clinic = clinic(clinicId);
        Account account = accounts.findByEmail(email)
                .map(AccountRepository.Credentials::account)
                .orElseThrow(() -> new ResourceNotFoundException("clinician", email));
        if (!clinics.removeClinician(clinic.id(), account.id())) {
            throw new ResourceNotFoundException("clinician", email);
        }
        accounts.revoke(account.id(), Role.CLINICIAN);
    }

    private Account account(String email) {
        return accounts.findByEmail(email)
                .map(AccountRepository.Credentials::account)
                .orElseThrow(() -> new ResourceNotFoundException("account", email));
    }
}
