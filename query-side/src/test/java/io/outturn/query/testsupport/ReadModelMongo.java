package io.outturn.query.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.outturn.query.config.ReadModelConversions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A {@link MongoTemplate} with the application's read-model mapping on a fresh database, for plain tests of
 * projection handlers that need no Spring context. Close it to drop the database.
 */
public final class ReadModelMongo implements AutoCloseable {

    private final MongoClient client;
    private final MongoTemplate template;

    private ReadModelMongo(MongoClient client, MongoTemplate template) {
        this.client = client;
        this.template = template;
    }

    public static ReadModelMongo open() {
        MongoClient client = MongoClients.create(EmbeddedMongo.connectionString());
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, EmbeddedMongo.newDatabase());
        MongoCustomConversions conversions = ReadModelConversions.create();
        MongoMappingContext mappingContext = new MongoMappingContext();
        mappingContext.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mappingContext.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), mappingContext);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new ReadModelMongo(client, new MongoTemplate(factory, converter));
    }

    public MongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        template.getDb().drop();
        client.close();
    }
}
