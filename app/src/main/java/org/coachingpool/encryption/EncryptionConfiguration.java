package org.coachingpool.encryption;

import java.nio.file.Path;
import org.coachingpool.platform.StartupProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

    /**
     * Keys from COACHINGPOOL_ENCRYPTION_KEYS when set; otherwise, outside production, from the
     * embedded default's key file. Production without keys does not start.
     */
    @Bean
    TextVault textVault(@Value("${coachingpool.encryption.keys:}") String keys,
            @Value("${coachingpool.encryption.key-file:}") String keyFile) {
        if (!keys.isBlank()) {
            return new TextVault(EncryptionKeys.parse(keys, EncryptionKeys.SETTING));
        }
        if (!keyFile.isBlank()) {
            return new TextVault(EncryptionKeys.fromFile(Path.of(keyFile)));
        }
        throw new StartupProblem(EncryptionKeys.SETTING + " is not set (session notes and private reasons are "
                + "encrypted with it)", "set " + EncryptionKeys.SETTING + "=k1:<32 random bytes in base64>, e.g. k1:"
                + EncryptionKeys.example() + ", from the organisation's secret store");
    }
}
