package org.spinewise.account;

import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

import org.spinewise.api.Found;
import org.spinewise.api.OwnRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@link OwnRecordsController} for records named by an id: {@code GET} and {@code DELETE} of {@code /{id}}. An id
 * that is not a canonical UUID names nothing, so it answers the 404 of an unknown one ({@link Found#id}).
 */
public abstract class OwnRecordsByIdController<R, V> extends OwnRecordsController<UUID, R, V> {

    private static final String ID = "id";

    protected OwnRecordsByIdController(String kind, OwnRecords<UUID, R> records, BiFunction<R, Locale, V> view) {
        super(kind, records, view);
    }

    @GetMapping("/{" + ID + "}")
    public V one(@SignedIn SignedInPerson person, @PathVariable(ID) String id, Locale locale) {
        return answer(person, Found.id(id, kind()), locale);
    }

    @DeleteMapping("/{" + ID + "}")
    public ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathVariable(ID) String id) {
        return remove(person, Found.id(id, kind()));
    }
}
