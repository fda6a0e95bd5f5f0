/**
 * The opt-out-deadline calculator island's entry (src/components/deadline/DeadlineCalculator.tsx); see
 * EligibilityWizard.tsx here. A class around the function component: @astrojs/preact's renderer knows a class
 * component by its prototype, where it renders a function component once more just to find out whether it is
 * Preact's (the wizard is a class already).
 */
import { Component, h } from 'preact';
import { DeadlineCalculator, type DeadlineCalculatorProps } from '../deadline/DeadlineCalculator';

export default class DeadlineCalculatorIsland extends Component<DeadlineCalculatorProps> {
  override render() {
    return h(DeadlineCalculator, this.props);
  }
}
