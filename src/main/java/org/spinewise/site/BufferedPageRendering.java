package org.spinewise.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders each page into UTF-8 bytes first and sends them in one write with their
 * length. The starter's view writes through the servlet writer string by string, and
 * every write passed the response wrappers of Spring Security and Spring Session and
 * the character encoder: a large share of a page's cost under load (docs/load.md).
 * The templates' static parts are compiled as ready bytes ({@code binaryStaticContent}).
 */
@Configuration(proxyBeanMethods = false)
class BufferedPageRendering {

    /** Takes the place of the starter's resolver, which steps aside for any other. */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedJteView(templates);
            }
        };
    }

    static final class BufferedJteView extends JteView {

        private final TemplateEngine templates;

        BufferedJteView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput page = new Utf8ByteOutput();
            templates.render(getUrl(), model, page);
            byte[] bytes = page.toByteArray(); // one write: each chunk written alone passed every wrapper again
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
