package org.atelier.claims;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Internal claims between departments and commendation acts, decided at the public meeting of department heads, with their bonus consequences. */
@SpringBootApplication
public class ClaimsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimsApplication.class, args);
    }
}
