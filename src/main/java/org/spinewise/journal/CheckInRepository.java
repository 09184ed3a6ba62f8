package org.spinewise.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.spinewise.api.AccountRows;
import org.spinewise.api.Bounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkin} table; every statement is scoped to one account. */
@Repository
public class CheckInRepository {

    private static final String COLUMNS = "\"day\", pain, stiffness, sitting_hours, note";
    private static final String DAY = "\"day\"";

    private final JdbcClient jdbc;
    private final AccountRows<CheckIn> rows;

    public CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new AccountRows<>(jdbc, "checkin", COLUMNS, (rs, row) -> map(rs));
    }

    public Optional<CheckIn> find(UUID accountId, LocalDate day) {
        return rows.find(accountId, DAY, day);
    }

    /** In day order; {@code from} and {@code to} are inclusive, null for no bound. */
    public List<CheckIn> list(UUID accountId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return rows.list(accountId, Bounds.days(DAY, from, to), DAY);
    }

    /** How many check-ins the person has from {@code from} to {@code to}, both inclusive. */
    public int count(UUID accountId, LocalDate from, LocalDate to) {
        return rows.count(accountId, Bounds.days(DAY, from, to));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the person has a check-in for that day */
    public void insert(UUID accountId, CheckIn checkIn) {
        jdbc.sql("INSERT INTO checkin (account_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(accountId, checkIn.day(), checkIn.pain(), checkIn.stiffness(), checkIn.sittingHours())
                .param(checkIn.note()) // param, unlike params, takes the null of a check-in without a note
                .update();
    }

    /** @return whether there was a check-in for that day to replace */
    public boolean update(UUID accountId, CheckIn checkIn) {
        return jdbc.sql("UPDATE checkin SET pain = ?, stiffness = ?, sitting_hours = ?, note = ? "
                                + "WHERE account_id = ? AND \"day\" = ?")
                        .params(checkIn.pain(), checkIn.stiffness(), checkIn.sittingHours())
                        .param(checkIn.note())
                        .params(accountId, checkIn.day())
                        .update()
                == 1;
    }

    /** @return whether there was a check-in for that day */
    public boolean delete(UUID accountId, LocalDate day) {
        return rows.delete(accountId, DAY, day);
    }

    private static CheckIn map(ResultSet rs) throws SQLException {
        return new CheckIn(
                rs.getObject("day", LocalDate.class),
                rs.getInt("pain"),
                rs.getInt("stiffness"),
                rs.getBigDecimal("sitting_hours"),
                rs.getString("note"));
    }
}
