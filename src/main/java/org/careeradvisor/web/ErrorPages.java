package org.careeradvisor.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures inside the MVC layer into pages in the site's layout with a clear
 * message and the right status. Nothing about the failure itself (exception, message,
 * stack trace) ever reaches the page.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NotFoundException.class, NoHandlerFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	/**
	 * The firewall checks parameter names and values lazily, when the app first reads
	 * them, so a request with a control character in a parameter is rejected here.
	 */
	@ExceptionHandler({ BindException.class, TypeMismatchException.class, ServletRequestBindingException.class,
			HttpMessageNotReadableException.class, HandlerMethodValidationException.class,
			MissingServletRequestPartException.class, RequestRejectedException.class })
	ModelAndView badRequest() {
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		ModelAndView page = page(HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", ex.getMessageKey());
		return page;
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletResponse response) {
		if (ex.getSupportedMethods() != null) {
			response.setHeader("Allow", String.join(", ", ex.getSupportedMethods()));
		}
		return page(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView unsupportedMediaType() {
		return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return page(HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error/error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", ErrorMessages.keyFor(status.value()));
		return page;
	}

}
