package org.spinewise.account;

import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.Found;
import org.spinewise.api.Items;
import org.spinewise.api.ListDays;
import org.spinewise.api.OwnRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's records of one kind, served the one way the API serves every kind (account-api.md):
 * {@code GET} lists them within the optional {@code from} and {@code to} days ({@link ListDays}), and one record
 * is answered or deleted (204) by its key, a missing one and another person's alike a 404 naming the kind and
 * key. A controller extends it below its {@link org.spinewise.api.JsonApiController} path, and maps its records'
 * own addresses as {@link OwnRecordsByIdController} does.
 *
 * @param <K> what names one record in its address
 * @param <R> the record
 * @param <V> what the API answers for one record
 */
public abstract class OwnRecordsController<K, R, V> {

    private final String kind;
    private final OwnRecords<K, R> records;
    private final BiFunction<R, Locale, V> views;

    /**
     * @param kind    what one record is called in a 404, such as {@code "crack"}
     * @param records the records, found only for their owner
     * @param view    a record as the API answers it, in the request's language
     */
    protected OwnRecordsController(String kind, OwnRecords<K, R> records, BiFunction<R, Locale, V> view) {
        this.kind = kind;
        this.records = records;
        this.views = view;
    }

    @GetMapping
    public Items<V> list(
            @SignedIn SignedInPerson person,
            @RequestParam(name = ListDays.FROM, required = false) @Nullable String from,
            @RequestParam(name = ListDays.TO, required = false) @Nullable String to,
            Locale locale) {
        ListDays days = ListDays.parse(from, to);
        return new Items<>(records.onDays(person.accountId(), days, person.timeZone()).stream()
                .map(record -> view(record, locale))
                .toList());
    }

    /** The person's record named {@code key}, or a 404. */
    protected V answer(SignedInPerson person, K key, Locale locale) {
        return Found.orNotFound(records.find(person.accountId(), key).map(record -> view(record, locale)), kind, key);
    }

    /** 204 once the person's record named {@code key} is deleted, or a 404. */
    protected ResponseEntity<Void> remove(SignedInPerson person, K key) {
        return Found.deleted(records.delete(person.accountId(), key), kind, key);
    }

    /** The record as the API answers it, in the request's language. */
    protected V view(R record, Locale locale) {
        return views.apply(record, locale);
    }

    protected String kind() {
        return kind;
    }
}
