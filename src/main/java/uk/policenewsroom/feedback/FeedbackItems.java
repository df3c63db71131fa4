package uk.policenewsroom.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackItems extends JpaRepository<Feedback, Long> {

}
