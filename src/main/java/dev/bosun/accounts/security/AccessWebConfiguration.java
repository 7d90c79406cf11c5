package dev.bosun.accounts.security;

import dev.bosun.accounts.AccountDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the tenant gate in front of every handler. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AccessWebConfiguration implements WebMvcConfigurer {

    private final AccountDirectory directory;

    AccessWebConfiguration(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccountScopeInterceptor(directory));
    }
}
