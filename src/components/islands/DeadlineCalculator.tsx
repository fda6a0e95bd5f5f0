/** The opt-out-deadline calculator island's entry (src/components/deadline/DeadlineCalculator.tsx); see EligibilityWizard.tsx here. */
export { DeadlineCalculator as default } from '../deadline/DeadlineCalculator';
