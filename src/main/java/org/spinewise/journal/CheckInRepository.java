package org.spinewise.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkin} table; every statement is scoped to one account. */
@Repository
public class CheckInRepository {

    private static final String COLUMNS = "\"day\", pain, stiffness, sitting_hours, note";

    private final JdbcClient jdbc;

    public CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CheckIn> find(UUID accountId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM checkin WHERE account_id = ? AND \"day\" = ?")
                .params(accountId, day)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** In day order; {@code from} and {@code to} are inclusive, null for no bound. */
    public List<CheckIn> list(UUID accountId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM checkin WHERE account_id = ?");
        List<Object> params = new ArrayList<>(List.of(accountId));
        if (from != null) {
            sql.append(" AND \"day\" >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND \"day\" <= ?");
            params.add(to);
        }
        return jdbc.sql(sql.append(" ORDER BY \"day\"").toString())
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the person has a check-in for that day */
    public void insert(UUID accountId, CheckIn checkIn) {
        jdbc.sql("INSERT INTO checkin (account_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        accountId,
                        checkIn.day(),
                        checkIn.pain(),
                        checkIn.stiffness(),
                        checkIn.sittingHours(),
                        checkIn.note())
                .update();
    }

    /** @return whether there was a check-in for that day to replace */
    public boolean update(UUID accountId, CheckIn checkIn) {
        return jdbc.sql("UPDATE checkin SET pain = ?, stiffness = ?, sitting_hours = ?, note = ? "
                                + "WHERE account_id = ? AND \"day\" = ?")
                        .params(
                                checkIn.pain(),
                                checkIn.stiffness(),
                                checkIn.sittingHours(),
                                checkIn.note(),
                                accountId,
                                checkIn.day())
                        .update()
                == 1;
    }

    /** @return whether there was a check-in for that day */
    public boolean delete(UUID accountId, LocalDate day) {
        return jdbc.sql("DELETE FROM checkin WHERE account_id = ? AND \"day\" = ?")
                        .params(accountId, day)
                        .update()
                == 1;
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
