package org.careeradvisor.results;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.careeradvisor.web.NotFoundException;
import org.careeradvisor.web.QrCodes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Result pages: the shareable read-only view, its QR code and JSON export, and the
 * private manage page.
 */
@Controller
class ResultController {

	private final ResultService results;

	private final MessageSource messages;

	private final ObjectProvider<ResultAudiences> audiences;

	ResultController(ResultService results, MessageSource messages, ObjectProvider<ResultAudiences> audiences) {
		this.results = results;
		this.messages = messages;
		this.audiences = audiences;
	}

	/**
	 * Result pages are private to whoever holds the link: search engines are asked to
	 * leave them out.
	 */
	@ModelAttribute
	void noIndex(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

	@GetMapping("/results/{token}")
	String view(@PathVariable String token, Model model) {
		ResultSnapshot result = this.results.find(token).orElseThrow(() -> new NotFoundException("Result"));
		model.addAttribute("result", result);
		model.addAttribute("viewToken", token);
		model.addAttribute("shareUrl", shareUrl(token));
		return "results/view";
	}

	@GetMapping(path = "/results/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String token) {
		if (!this.results.exists(token)) {
			throw new NotFoundException("Result");
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(shareUrl(token)));
	}

	/**
	 * The stored result as JSON; an unknown or deleted result answers a JSON problem, not
	 * an HTML page, since whoever asks for JSON expects JSON back.
	 */
	@GetMapping(path = "/results/{token}.json")
	ResponseEntity<?> json(@PathVariable String token, Locale locale) {
		return this.results.json(token)
			.<ResponseEntity<?>>map((json) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header("Content-Disposition", "inline; filename=\"hi-him-result.json\"")
				.body(json))
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
				problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
				problem.setDetail(this.messages.getMessage("error.json.notFound", null, locale));
				return ResponseEntity.status(HttpStatus.NOT_FOUND)
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			});
	}

	@GetMapping("/results/manage/{manageToken}")
	String manage(@PathVariable String manageToken, Model model) {
		ResultService.Managed managed = this.results.findByManageToken(manageToken)
			.orElseThrow(() -> new NotFoundException("Result"));
		model.addAttribute("result", managed.snapshot());
		model.addAttribute("viewToken", managed.viewToken());
		model.addAttribute("shareUrl", shareUrl(managed.viewToken()));
		model.addAttribute("manageToken", manageToken);
		model.addAttribute("audiences",
				this.audiences.orderedStream().flatMap((audience) -> audience.of(managed.id()).stream()).toList());
		model.addAttribute("manageUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/results/manage/{t}").build(manageToken));
		return "results/manage";
	}

	/**
	 * Asks before deleting, as a page of its own so that it works without JavaScript.
	 */
	@GetMapping("/results/manage/{manageToken}/delete")
	String confirmDelete(@PathVariable String manageToken, Model model) {
		ResultService.Managed managed = this.results.findByManageToken(manageToken)
			.orElseThrow(() -> new NotFoundException("Result"));
		model.addAttribute("result", managed.snapshot());
		model.addAttribute("manageToken", manageToken);
		return "results/confirmDelete";
	}

	@PostMapping("/results/manage/{manageToken}/delete")
	String delete(@PathVariable String manageToken, @RequestParam(required = false) String confirm) {
		if (!"yes".equals(confirm)) {
			if (!this.results.manageable(manageToken)) {
				throw new NotFoundException("Result");
			}
			return "redirect:/results/manage/" + manageToken + "/delete";
		}
		if (!this.results.delete(manageToken)) {
			throw new NotFoundException("Result");
		}
		return "redirect:/results/deleted";
	}

	/**
	 * Takes the result out of a group it was shared with; the result itself stays.
	 */
	@PostMapping("/results/manage/{manageToken}/audiences/{audienceId}/leave")
	String leave(@PathVariable String manageToken, @PathVariable String audienceId) {
		ResultService.Managed managed = this.results.findByManageToken(manageToken)
			.orElseThrow(() -> new NotFoundException("Result"));
		boolean left = this.audiences.orderedStream().anyMatch((audience) -> audience.leave(managed.id(), audienceId));
		if (!left) {
			throw new NotFoundException("Audience");
		}
		return "redirect:/results/manage/" + manageToken + "?left";
	}

	@GetMapping("/results/deleted")
	String deleted() {
		return "results/deleted";
	}

	private static String shareUrl(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/results/{t}").build(token).toString();
	}

}
