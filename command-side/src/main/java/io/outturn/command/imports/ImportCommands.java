package io.outturn.command.imports;

import io.outturn.command.domain.CommandResult;
import io.outturn.events.EventMetadata;
import io.outturn.web.problem.OutturnExceptions;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends an import's commands through the same gateway as the API, marked with the file they came from: every
 * event they cause carries {@code source=import:<sha-256 of the file>}.
 */
@Component
class ImportCommands {

    /** The reason recorded on every revision an import makes. */
    static final String REASON = "import";

    private final CommandGateway gateway;

    ImportCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    CommandResult send(Object command, String fileSha256) {
        MetaData source = MetaData.with(EventMetadata.SOURCE, EventMetadata.importSource(fileSha256));
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(source));
        } catch (RuntimeException failure) {
            // A rejection that came back through the bus is rethrown as the domain's own, with its code.
            throw OutturnExceptions.unwrap(failure).map(RuntimeException.class::cast).orElse(failure);
        }
    }
}
