package org.waymark.store.audience;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger that fails every insert it guards, to prove a save is all or nothing. */
public final class FailingTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("refused by the test's trigger");
    }
}
